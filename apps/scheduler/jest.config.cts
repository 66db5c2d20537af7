module.exports = {
  displayName: 'scheduler',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/apps/scheduler',
  // @nestjs/bullmq 12 and @nestjs/bull-shared ship ES modules only: compile them to CommonJS for jest.
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs/bullmq|@nestjs/bull-shared)/)'],
};
