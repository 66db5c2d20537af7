module.exports = {
  displayName: 'policy',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/policy',
};
