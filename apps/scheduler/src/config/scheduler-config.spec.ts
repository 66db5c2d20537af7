import { ConfigurationError, loadSchedulerConfig } from './scheduler-config';

const basis = { REDIS_URL: 'redis://127.0.0.1:6379', HANDHAVING_DEV_MODE: 'true' };
const webhook = { HERINNERING_WEBHOOK_URL: 'https://zaaksysteem.gemeente.example/herinneringen' };
const geheim = 'f3a1c0de9b8e4d7a6c5b4a39281706f5e4d3c2b1a0f9e8d7';

function problemen(env: Record<string, string>): readonly string[] {
  try {
    loadSchedulerConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
}

describe('HERINNERING_WEBHOOK_SECRET', () => {
  it('is required in production when reminders go to a webhook: unsigned deliveries cannot be trusted by the receiver', () => {
    expect(problemen({ ...basis, ...webhook, NODE_ENV: 'production' })).toEqual([expect.stringMatching(/^HERINNERING_WEBHOOK_SECRET is not set/)]);
    expect(problemen({ ...basis, ...webhook, NODE_ENV: 'production', HERINNERING_WEBHOOK_SECRET: geheim })).toEqual([]);
    expect(loadSchedulerConfig({ ...basis, ...webhook, NODE_ENV: 'production', HERINNERING_WEBHOOK_SECRET: geheim }).notificatie.webhookSecret).toBe(geheim);
  });

  it('may be left out outside production, and without a webhook', () => {
    expect(problemen({ ...basis, ...webhook })).toEqual([]);
    expect(problemen({ ...basis, NODE_ENV: 'production' })).toEqual([]);
  });

  it('is at least 32 characters when set', () => {
    expect(problemen({ ...basis, ...webhook, HERINNERING_WEBHOOK_SECRET: 'kort' })).toEqual([expect.stringMatching(/^HERINNERING_WEBHOOK_SECRET is 4 characters/)]);
  });
});
