/**
 * What the features counted, for the readers that sum up across them (evaluation, {@code /toi},
 * reports): the {@link vn.chidoan.core.org.activity.ActivityFigures} port and its values.
 */
package vn.chidoan.core.org.activity;
