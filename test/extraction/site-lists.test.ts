import { describe, expect, it } from 'vitest';
import { findRegions } from '../../src/extraction/regions.ts';

describe('sites named by city with their code, two or more in a row', () => {
  it.each([
    ['Error rates on the Amsterdam (AMS) and Frankfurt (FRA) firewall PoPs are back to normal.', ['AMS', 'FRA']],
    ['Traffic served from Paris (PAR), Madrid (MAD) and Milan (MIL) is rerouted.', ['PAR', 'MAD', 'MIL']],
    ['Edge nodes in Chicago (CHI) & Seattle (SEA) restart tonight.', ['CHI', 'SEA']],
    ['Sydney (SYD2) or Singapore (SIN1) will host the replicas.', ['SYD2', 'SIN1']],
    ['workloads in our Dallas (DFW) and Los Angeles (LAX) edge locations were unreachable', ['DFW', 'LAX']],
    ['The database of your project in Frankfurt (fra) will be upgraded.', ['fra']],
    ['Two replicas in Warsaw (waw) were slow to respond.', ['waw']],
    ['Backups stop in these sites: LIS02 (Lisbon), TOR01 (Toronto) and PAR03 (Paris).', ['LIS02', 'TOR01', 'PAR03']],
    ['Vaults in DAL10(Dallas), AMS03(Amsterdam) close.', ['DAL10', 'AMS03']],
    ['Nodes in BER1 (Berlin) or MUC2 (Munich) will move.', ['BER1', 'MUC2']],
  ])('%s', (text, codes) => {
    expect(findRegions(text, null)).toEqual(codes);
  });

  it.each([
    ['Use Identity Access (IAM) and Key Management (KMS) for this.'],
    ['The Application Gateway (AGW) and Load Balancer (ALB) are unaffected.'],
    ['Frankfurt (FRA) is where the team met.'],
    ['Dallas (DFW) and Los Angeles (LAX) are where the team met.'],
    ['Sign in to Terraform (tfc) to see your runs.'],
    ['Read more in Kubernetes (abc) docs.'],
    ['To keep serving reads, add a replica in Frankfurt (fra) before June 30.'],
    ['Use IAM (Identity Access) and KMS (Key Management) for this.'],
    ['The team of ABC01 (Alpha) and XYZ02 (Yankee) will help.'],
  ])('not a list of places: %s', (text) => {
    expect(findRegions(text, null)).toEqual([]);
  });
});

describe('a region named only to say it is not affected', () => {
  it.each([
    ['The work runs in eu-central-1. Instances in the US (Oregon, us-west-2) region are not affected.', ['eu-central-1']],
    ['Clusters in europe-west1 restart tonight; us-central1 is unaffected.', ['europe-west1']],
    ['Databases in eu-west-1 will be upgraded. There is no impact to us-east-1 or us-east-2.', ['eu-west-1']],
    ['Restarts in us-east-1 first, then us-west-2. Clusters in us-west-2 are not affected until the second week.', ['us-east-1', 'us-west-2']],
    ['Cloud and region: AWS, us-west-2. Your Azure cluster in westeurope is not part of this upgrade.', ['us-west-2']],
    ['Nodes in eu-west-1 are patched on Monday. Nodes in eu-central-1 are excluded from this maintenance.', ['eu-west-1']],
    ['Nodes in eu-west-1 are patched on Monday. Nodes in eu-central-1 are not included in the first wave but follow in May.', ['eu-west-1', 'eu-central-1']],
  ])('%s', (text, regions) => {
    expect(findRegions(text, null)).toEqual(regions);
  });
});
