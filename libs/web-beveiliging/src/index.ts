export * from './web-ui-headers';
