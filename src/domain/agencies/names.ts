/**
 * Text keys for agency names, in one place for the directory, merge and the resolver:
 * - name-keys.ts: how a typed name is cut into folded words, and its lookup/compact keys;
 * - edit-distance.ts: edit distances and similarity between keys;
 * - province-names.ts: which words name a province, and which trailing ones may be dropped.
 * "UBND huyện X" / "UBND xã Y" is recognised in local-government.ts.
 * Pure and dependency-free so the directory and the resolver agree on every key.
 */
export { agencyKey, compactKey, foldWords, keyWords, words, wordsStartWith } from './name-keys.js';
export { EditDistance, similarity } from './edit-distance.js';
export {
  PROVINCE_KEYS,
  provinceAt,
  provinceKey,
  regionLengthAt,
  regionStripped,
  trailingProvince,
} from './province-names.js';
