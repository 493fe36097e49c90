export { createZaloChannel, type ZaloApp, type ZaloChannel, type ZaloChannelOptions } from './channel.js';
