module.exports = {
  displayName: 'test-suites',
  preset: '../jest.preset.js',
  coverageDirectory: '../coverage/test',
};
