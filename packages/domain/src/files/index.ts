export * from './file-rules.ts';
export * from './sniff.ts';
export * from './image-size.ts';
export * from './check-file.ts';
export * from './structure.ts';
export * from './check-before-upload.ts';
