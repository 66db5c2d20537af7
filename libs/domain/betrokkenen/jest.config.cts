module.exports = {
  displayName: 'domain-betrokkenen',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/domain/betrokkenen',
};
