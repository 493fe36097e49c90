/**
 * The plan evaluation of `npm run eval:plans`, for tests: the only door from test/ to bench/
 * for it (house rule: tests reach bench helpers through test/support/).
 */
export {
  addScores,
  FORMATS,
  loadLabels,
  NEW_WRITERS_3_DIR,
  NEW_WRITERS_5_DIR,
  NEW_WRITERS_7_DIR,
  NEW_WRITERS_9_DIR,
  NEW_WRITERS_11_DIR,
  NEW_WRITERS_13_DIR,
  NEW_WRITERS_16_DIR,
  NEW_WRITERS_20_DIR,
  NEW_WRITERS_24_DIR,
  NEW_WRITERS_26_DIR,
  NEW_WRITERS_28_DIR,
  NEW_WRITERS_30_DIR,
  NEW_WRITERS_32_DIR,
  NEW_WRITERS_34_DIR,
  NEW_WRITERS_36_DIR,
  NEW_WRITERS_41_DIR,
  NEW_WRITERS_42_DIR,
  NEW_WRITERS_DIR,
  rates,
  scoreFile,
  type Format,
  type Score,
} from '../../bench/plan-eval.js';
