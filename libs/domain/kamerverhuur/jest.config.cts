module.exports = {
  displayName: 'domain-kamerverhuur',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/domain/kamerverhuur',
};
