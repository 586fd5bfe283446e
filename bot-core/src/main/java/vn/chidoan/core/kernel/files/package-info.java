/**
 * Files people send the bot (a roster to import, say): reading their bytes from the platform that
 * holds them, through the {@link vn.chidoan.core.kernel.files.FileSource} port each adapter provides,
 * with a size limit.
 */
package vn.chidoan.core.kernel.files;
