/**
 * The labelled-message scoring of `npm run bench`, for the understanding tests. Tests reach
 * bench/ only through test/support/ (a lint rule), so a benchmark's helpers have one door.
 */
export { DEV_PARTS, evaluate, loadMessages, type Accuracy, type Part } from '../../bench/understanding-bench.js';
