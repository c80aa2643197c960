//! A value that a configuration reload replaces while it is in use.
//!
//! Readers take the current value (a cheap `Arc` clone) when their work starts
//! and keep it to the end: a session that began before a reload finishes under
//! the settings it began with, and nothing waits on the reload.

use std::sync::{Arc, RwLock};

pub struct Live<T>(Arc<RwLock<Arc<T>>>);

impl<T> Clone for Live<T> {
    fn clone(&self) -> Self {
        Self(self.0.clone())
    }
}

impl<T> Live<T> {
    pub fn new(value: Arc<T>) -> Self {
        Self(Arc::new(RwLock::new(value)))
    }

    /// The value in force now.
    pub fn current(&self) -> Arc<T> {
        // A poisoned lock only means a writer panicked between two whole
        // values: the value inside is still a complete one.
        match self.0.read() {
            Ok(v) => v.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    /// Put `value` in force for everything that starts from now on.
    pub fn replace(&self, value: Arc<T>) {
        match self.0.write() {
            Ok(mut v) => *v = value,
            Err(poisoned) => *poisoned.into_inner() = value,
        }
    }
}

impl<T> From<Arc<T>> for Live<T> {
    fn from(value: Arc<T>) -> Self {
        Self::new(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reader_keeps_what_it_took() {
        let live = Live::new(Arc::new(1));
        let taken = live.current();
        live.replace(Arc::new(2));
        assert_eq!((*taken, *live.current()), (1, 2));
    }
}
