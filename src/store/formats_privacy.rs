//! The shapes of consent, retention and the records of processing (see `formats`),
//! pinned with the rest.

use super::Settings;
use crate::gdpr::consent::OwnPurpose;
use crate::gdpr::records::OwnerEntries;
use crate::gdpr::retention::{KeptRule, RetentionRule, RetentionRun, RetentionSettings};
use crate::gdpr::{ConsentEntry, Flag, FlagEntry, LawfulBasis, Purpose};

pub fn privacy_shapes(s: &Settings) -> Vec<&'static str> {
    // Each pattern names every field (no `..`), so a new field does not compile here.
    let consent = |e: &ConsentEntry| {
        let ConsentEntry {
            at_ms: _,
            purpose: _,
            basis: _,
            given: _,
            source: _,
            wording: _,
        } = e;
        "ConsentEntry: at_ms purpose basis given source wording"
    };
    let purpose = |p: &Purpose| match p {
        Purpose::EmailMarketing
        | Purpose::SmsMarketing
        | Purpose::Loyalty
        | Purpose::Analytics
        | Purpose::Own(_) => "Purpose: email_marketing sms_marketing loyalty analytics own",
    };
    let lawful_basis = |b: &LawfulBasis| match b {
        LawfulBasis::Consent
        | LawfulBasis::Contract
        | LawfulBasis::LegitimateInterest
        | LawfulBasis::LegalObligation => {
            "LawfulBasis: consent contract legitimate_interest legal_obligation"
        }
    };
    let flag_entry = |f: &FlagEntry| {
        let FlagEntry {
            at_ms: _,
            flag: _,
            on: _,
            note: _,
        } = f;
        "FlagEntry: at_ms flag on note"
    };
    let flag = |f: &Flag| match f {
        Flag::Restriction | Flag::Objection => "Flag: restriction objection",
    };
    let own_purpose = |p: &OwnPurpose| {
        let OwnPurpose { id: _, name: _ } = p;
        "OwnPurpose: id name"
    };
    let retention = |r: &RetentionSettings| {
        let RetentionSettings { rules: _, log: _ } = r;
        "RetentionSettings: rules log"
    };
    let kept_rule = |k: &KeptRule| {
        let KeptRule {
            id: _,
            rule: _,
            automatic: _,
        } = k;
        "KeptRule: id rule automatic"
    };
    let retention_rule = |r: &RetentionRule| match r {
        RetentionRule::RemoveInactive { months: _ }
        | RetentionRule::DeleteOldEntries { years: _ } => {
            "RetentionRule(kind months years): remove_inactive delete_old_entries"
        }
    };
    let retention_run = |r: &RetentionRun| {
        let RetentionRun {
            at_ms: _,
            rule: _,
            affected: _,
            automatic: _,
        } = r;
        "RetentionRun: at_ms rule affected automatic"
    };
    let owner_entries = |o: &OwnerEntries| {
        let OwnerEntries {
            controller: _,
            recipients: _,
        } = o;
        "OwnerEntries: controller recipients"
    };
    let sample_rule = RetentionRule::RemoveInactive { months: 36 };
    let sample_flag = FlagEntry {
        at_ms: 0,
        flag: Flag::Objection,
        on: true,
        note: String::new(),
    };
    vec![
        consent(&ConsentEntry {
            at_ms: 0,
            purpose: Purpose::Loyalty,
            basis: LawfulBasis::Consent,
            given: true,
            source: String::new(),
            wording: String::new(),
        }),
        purpose(&Purpose::Loyalty),
        lawful_basis(&LawfulBasis::Consent),
        flag_entry(&sample_flag),
        flag(&sample_flag.flag),
        own_purpose(&OwnPurpose {
            id: String::new(),
            name: String::new(),
        }),
        retention(&s.retention),
        owner_entries(&s.records),
        kept_rule(&KeptRule {
            id: String::new(),
            rule: sample_rule,
            automatic: false,
        }),
        retention_rule(&sample_rule),
        retention_run(&RetentionRun {
            at_ms: 0,
            rule: sample_rule,
            affected: 0,
            automatic: false,
        }),
    ]
}
