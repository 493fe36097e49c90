export { createZaloChannel, type ZaloChannelDeps, type ZaloChannel, type ZaloChannelOptions } from './channel.js';
