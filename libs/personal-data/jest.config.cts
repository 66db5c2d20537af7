module.exports = {
  displayName: 'personal-data',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/personal-data',
};
