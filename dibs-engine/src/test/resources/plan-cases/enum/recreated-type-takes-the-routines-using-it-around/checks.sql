SELECT label(top()) || '/' || is_high('high') || '/' || lowest()
-- expect: prio low/true/low
