package com.getpaid.kit.security;

import java.util.List;
import java.util.Map;

/**
 * Who sees whose customers beyond their own: {@code getpaid.access.teams.<team>=li.na,wang.fang} makes each member a
 * colleague of the others, so a collector of the team sees the customers every member is account manager of.
 */
@io.smallrye.config.ConfigMapping(prefix = "getpaid.access")
public interface AccessConfig {

    /** The teams by name, each its members' token subjects; none by default (each collector sees their own). */
    Map<String, List<String>> teams();
}
