/** grammY's types that tests and benchmarks need, so that only src/channels/ imports grammY. */
export type { Transformer } from 'grammy';
export type { Update, UserFromGetMe } from 'grammy/types';
