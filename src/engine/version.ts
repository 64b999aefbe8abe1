/** Bumped whenever the same decisions could give different figures; replays carry it. */
export const ENGINE_VERSION = '2.0.0';
