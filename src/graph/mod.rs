//! The event graph (petgraph): events and actors as nodes, dated
//! participation edges, events chained in time; and queries on it.

pub mod query;
