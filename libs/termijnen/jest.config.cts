module.exports = {
  displayName: 'termijnen',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/termijnen',
};
