package vn.chidoan.core.kernel.chat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void plainTextDecodesTheEntitiesTheTemplateEscaperWrites() {
        RichText text = new RichText("<b>Mở</b> https://t.me/bot?start&#x3D;AB &#39;x&#39; &lt;tên&gt;");

        assertThat(text.toPlainText()).isEqualTo("Mở https://t.me/bot?start=AB 'x' <tên>");
    }

    @Test
    void anEscapedAmpersandStaysLiteral() {
        assertThat(RichText.plain("&#39; & <b>").toPlainText()).isEqualTo("&#39; & <b>");
    }
}
