/**
 * The plan evaluation of `npm run eval:plans`, for tests: the only door from test/ to bench/
 * for it (house rule: tests reach bench helpers through test/support/).
 */
export { addScores, FORMATS, loadLabels, rates, scoreFile, type Format, type Score } from '../../bench/plan-eval.js';
