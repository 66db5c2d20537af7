module.exports = {
  displayName: 'domain-awb',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/domain/awb',
};
