//! TempEval-3 scoring of TIMEX3 annotations.
