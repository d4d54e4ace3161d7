//! The analyst's workspace: what they did, saved as versioned RON, and exports.
