/** Bumped whenever the same decisions could give different figures; replays carry it. */
export const ENGINE_VERSION = '3.0.0';
