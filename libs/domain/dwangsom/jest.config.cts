module.exports = {
  displayName: 'domain-dwangsom',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/domain/dwangsom',
};
