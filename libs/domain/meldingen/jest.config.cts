module.exports = {
  displayName: 'domain-meldingen',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/domain/meldingen',
};
