// Amazon's reported figures, $B, from its annual reports (net sales and operating income, 2000-2020;
// AWS segment revenue from 2013, when it was first broken out in a way that covers the whole year).
// They are for checking the model against history only: the engine never reads them.

export const NET_SALES: Readonly<Record<number, number>> = {
  2000: 2.76, 2001: 3.12, 2002: 3.93, 2003: 5.26, 2004: 6.92, 2005: 8.49, 2006: 10.71, 2007: 14.84,
  2008: 19.17, 2009: 24.51, 2010: 34.2, 2011: 48.08, 2012: 61.09, 2013: 74.45, 2014: 88.99, 2015: 107.01,
  2016: 135.99, 2017: 177.87, 2018: 232.89, 2019: 280.52, 2020: 386.06,
};

export const OPERATING_INCOME: Readonly<Record<number, number>> = {
  2000: -0.86, 2001: -0.41, 2002: 0.064, 2003: 0.27, 2004: 0.44, 2005: 0.43, 2006: 0.39, 2007: 0.66,
  2008: 0.84, 2009: 1.13, 2010: 1.41, 2011: 0.86, 2012: 0.68, 2013: 0.75, 2014: 0.18, 2015: 2.23,
  2016: 4.19, 2017: 4.11, 2018: 12.42, 2019: 14.54, 2020: 22.9,
};
