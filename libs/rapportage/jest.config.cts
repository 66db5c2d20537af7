module.exports = {
  displayName: 'rapportage',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/rapportage',
};
