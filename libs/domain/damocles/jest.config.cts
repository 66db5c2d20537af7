module.exports = {
  displayName: 'domain-damocles',
  preset: '../../../jest.preset.js',
  coverageDirectory: '../../../coverage/libs/domain/damocles',
};
