module.exports = {
  displayName: 'domain-flexteam',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/domain/flexteam',
};
