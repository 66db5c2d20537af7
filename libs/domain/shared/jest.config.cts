module.exports = {
  displayName: 'domain-shared',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/domain/shared',
};
