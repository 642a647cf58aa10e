import { describe, expect, it } from 'vitest';
import { findRegions } from '../../src/extraction/regions.ts';

describe('sites named by city with their code, two or more in a row', () => {
  it.each([
    ['Error rates on the Amsterdam (AMS) and Frankfurt (FRA) firewall PoPs are back to normal.', ['AMS', 'FRA']],
    ['Traffic served from Paris (PAR), Madrid (MAD) and Milan (MIL) is rerouted.', ['PAR', 'MAD', 'MIL']],
    ['Edge nodes in Chicago (CHI) & Seattle (SEA) restart tonight.', ['CHI', 'SEA']],
    ['Sydney (SYD2) or Singapore (SIN1) will host the replicas.', ['SYD2', 'SIN1']],
  ])('%s', (text, codes) => {
    expect(findRegions(text, null)).toEqual(codes);
  });

  it.each([
    ['Use Identity Access (IAM) and Key Management (KMS) for this.'],
    ['The Application Gateway (AGW) and Load Balancer (ALB) are unaffected.'],
    ['Frankfurt (FRA) is where the team met.'],
  ])('not a list of places: %s', (text) => {
    expect(findRegions(text, null)).toEqual([]);
  });
});
