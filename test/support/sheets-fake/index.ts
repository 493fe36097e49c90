export { ApiError, FakeSpreadsheet, type FakeTab } from './model.js';
export { Coordinator } from './coordinator.js';
export { SheetsFake, startSheetsFake, isSheets, isWrite, type FakeApi, type FakeCall } from './server.js';
