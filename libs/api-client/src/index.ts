export * from './ndjson-import';
