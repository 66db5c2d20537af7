module.exports = {
  displayName: 'domain-panden',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/domain/panden',
};
