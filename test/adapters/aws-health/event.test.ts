import { describe, expect, it } from 'vitest';
import { awsHealthNotice, parseAwsHealthEvent, subjectFromTypeCode } from '../../../src/adapters/aws-health/event.ts';

describe('subjectFromTypeCode', () => {
  it.each([
    ['AWS_EC2_INSTANCE_STOP_SCHEDULED', 'EC2', 'AWS EC2 instance stop scheduled'],
    ['AWS_RDS_PLANNED_LIFECYCLE_EVENT', 'RDS', 'AWS RDS planned lifecycle event'],
    ['AWS_LAMBDA_RUNTIME_DEPRECATION', 'LAMBDA', 'AWS LAMBDA runtime deprecation'],
    ['AWS_CLOUDFRONT_OPERATIONAL_ISSUE', null, 'AWS cloudfront operational issue'],
  ])('%s → %s', (code, service, subject) => {
    expect(subjectFromTypeCode(code, service)).toBe(subject);
  });
});

describe('awsHealthNotice', () => {
  const minimal = (detail: Record<string, unknown>) => {
    const parsed = parseAwsHealthEvent(
      JSON.stringify({
        'detail-type': 'AWS Health Event',
        source: 'aws.health',
        account: '444455556666',
        region: 'us-east-1',
        time: '2024-08-20T08:00:00Z',
        detail: { eventArn: 'arn:aws:health:global::event/X/Y/Z', ...detail },
      }),
    );
    if (!parsed.ok) throw new Error(parsed.reason);
    return awsHealthNotice(parsed.event, 100, new Date('2024-08-20T12:00:00Z'));
  };

  it.each([
    [{ eventTypeCategory: 'issue', eventTypeCode: 'AWS_EC2_OPERATIONAL_ISSUE' }, 'incident'],
    [{ eventTypeCategory: 'scheduledChange', eventTypeCode: 'AWS_EC2_SYSTEM_MAINTENANCE_EVENT' }, 'maintenance'],
    [{ eventTypeCategory: 'scheduledChange', eventTypeCode: 'AWS_EC2_INSTANCE_RETIREMENT_SCHEDULED' }, 'retirement'],
    [{ eventTypeCategory: 'accountNotification', eventTypeCode: 'AWS_SECURITY_NOTIFICATION' }, 'security'],
    [{ eventTypeCategory: 'accountNotification', eventTypeCode: 'AWS_RDS_PLANNED_LIFECYCLE_EVENT' }, undefined],
  ])('hints the kind of %o as %s', (detail, kind) => {
    expect(minimal(detail).hints?.kind).toBe(kind);
  });

  it('falls back to the envelope account, drops the global region and UNKNOWN entities', () => {
    const notice = minimal({ eventRegion: 'global', affectedEntities: [{ entityValue: 'UNKNOWN' }, { entityValue: '444455556666' }] });

    expect(notice.hints).toMatchObject({ accounts: ['444455556666'], regions: [], resources: [] });
    expect(notice.receivedAt).toEqual(new Date('2024-08-20T08:00:00Z'));
    expect(notice.text).toBe('AWS health event');
  });
});
