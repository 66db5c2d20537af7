module.exports = {
  displayName: 'domain-bibob',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/domain/bibob',
};
