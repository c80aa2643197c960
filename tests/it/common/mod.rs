//! The shared harness: real peers on loopback, reused by every suite.
#![allow(dead_code)]

pub mod binary;
pub mod certs;
pub mod client;
pub mod delivery;
pub mod dns;
pub mod https;
pub mod pg;
pub mod portal;
pub mod relay;
pub mod sink;
pub mod stores;
pub mod webdriver;
