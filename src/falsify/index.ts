export * from './driver.js';
export * from './render.js';
