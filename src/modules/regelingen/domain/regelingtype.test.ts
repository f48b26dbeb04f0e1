import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bepaalRegelingType, orgaanRol } from './regelingtype';

describe('Soort regeling bepalen uit de deelnemende organen (Wgr art. 1 lid 1)', () => {
  it('alleen raden maken een raadsregeling', () => {
    assert.equal(bepaalRegelingType([{ organen: ['raad'] }, { organen: ['raad'] }]), 'raadsregeling');
  });

  it('alleen colleges maken een collegeregeling', () => {
    assert.equal(bepaalRegelingType([{ organen: ['college'] }, { organen: ['college'] }]), 'collegeregeling');
  });

  it('alleen burgemeesters maken een burgemeestersregeling', () => {
    assert.equal(
      bepaalRegelingType([{ organen: ['burgemeester'] }, { organen: ['burgemeester'] }]),
      'burgemeestersregeling',
    );
  });

  it('raad en college samen maken een gemengde regeling, ook binnen één gemeente', () => {
    assert.equal(
      bepaalRegelingType([{ organen: ['raad', 'college'] }, { organen: ['raad', 'college'] }]),
      'gemengde_regeling',
    );
    assert.equal(
      bepaalRegelingType([{ organen: ['college'] }, { organen: ['burgemeester'] }]),
      'gemengde_regeling',
    );
  });

  it('zonder deelnemers of zonder organen is de soort onbekend', () => {
    assert.equal(bepaalRegelingType([]), 'onbekend');
    assert.equal(bepaalRegelingType([{ organen: [] }]), 'onbekend');
  });
});

describe('Provincies en waterschappen tellen mee als raad, college of burgemeester (art. 40, 50)', () => {
  it('gedeputeerde staten naast colleges blijft een collegeregeling', () => {
    assert.equal(
      bepaalRegelingType([{ organen: ['college'] }, { organen: ['gedeputeerde_staten'] }]),
      'collegeregeling',
    );
  });

  it('provinciale staten en het algemeen bestuur van een waterschap staan gelijk aan de raad', () => {
    assert.equal(
      bepaalRegelingType([
        { organen: ['raad'] },
        { organen: ['provinciale_staten'] },
        { organen: ['waterschap_ab'] },
      ]),
      'raadsregeling',
    );
  });

  it('de commissaris van de Koning en de waterschapsvoorzitter staan gelijk aan de burgemeester', () => {
    assert.equal(orgaanRol('commissaris_koning'), 'burgemeester');
    assert.equal(orgaanRol('waterschap_voorzitter'), 'burgemeester');
    assert.equal(orgaanRol('waterschap_db'), 'college');
  });

  it('het bestuur van een andere deelnemer bepaalt de soort niet', () => {
    assert.equal(bepaalRegelingType([{ organen: ['college'] }, { organen: ['bestuur'] }]), 'collegeregeling');
    assert.equal(bepaalRegelingType([{ organen: ['bestuur'] }, { organen: ['bestuur'] }]), 'onbekend');
  });
});
