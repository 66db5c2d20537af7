module.exports = {
  displayName: 'read-models',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/read-models',
};
