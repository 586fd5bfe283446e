# syntax=docker/dockerfile:1
# Chi Đoàn Số: build with the Maven wrapper on a JDK, run the jar on a JRE as a non-root user.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
COPY templates templates
COPY bot-core bot-core
COPY adapters adapters
COPY scheduler scheduler
COPY app app
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system chidoan && useradd --system --gid chidoan --home-dir /app --no-create-home chidoan \
    && mkdir -p /app/data && chown chidoan:chidoan /app/data
WORKDIR /app
COPY --from=build /src/app/target/chidoan.jar /app/chidoan.jar
USER chidoan
# used only when CHIDOAN_MONGODB_URI is unset (the embedded database)
ENV CHIDOAN_DATA_DIR=/app/data
VOLUME /app/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/chidoan.jar"]
