module.exports = {
  displayName: 'embedded-sqlite',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/embedded-sqlite',
};
