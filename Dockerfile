# Base images are build arguments: users keep the upstream ones; .ci/container-smoke passes stand-ins built from
# Debian's packages (the upstream registries are out of reach on the CI machines).
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUN_IMAGE=eclipse-temurin:17-jre
# Where the jar comes from: "build" compiles it in the image; "prebuilt" takes target/claimwatch.jar from a context
# made for it (the smoke test reuses the jar that `mvn verify` just built and tested).
ARG JAR_STAGE=build

# Build stage: compile and package the fat jar.
FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY webroot webroot
RUN mvn -B -q package -DskipTests

FROM ${RUN_IMAGE} AS prebuilt
COPY target/claimwatch.jar /src/target/claimwatch.jar

FROM ${JAR_STAGE} AS jar

# Run stage: a JRE, the jar, and a non-root user owning /data.
FROM ${RUN_IMAGE}
RUN groupadd --system claimwatch && useradd --system --gid claimwatch --home /data claimwatch \
    && mkdir -p /data && chown claimwatch:claimwatch /data
WORKDIR /data
COPY --from=jar /src/target/claimwatch.jar /opt/claimwatch/claimwatch.jar
USER claimwatch
ENV CLAIMWATCH_DATA_DIR=/data
EXPOSE 8080
VOLUME ["/data"]
# Embedded PostgreSQL by default (data in /data); set CLAIMWATCH_DB_URL for an external one.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=70", "-jar", "/opt/claimwatch/claimwatch.jar"]
