module.exports = {
  displayName: 'postgres-support',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/postgres-support',
};
