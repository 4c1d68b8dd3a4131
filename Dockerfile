# Build stage: compile and package the fat jar.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY webroot webroot
RUN mvn -B -q package -DskipTests

# Run stage: a JRE, the jar, and a non-root user owning /data.
FROM eclipse-temurin:17-jre
RUN groupadd --system claimwatch && useradd --system --gid claimwatch --home /data claimwatch \
    && mkdir -p /data && chown claimwatch:claimwatch /data
WORKDIR /data
COPY --from=build /src/target/claimwatch.jar /opt/claimwatch/claimwatch.jar
USER claimwatch
ENV CLAIMWATCH_DATA_DIR=/data
EXPOSE 8080
VOLUME ["/data"]
# Embedded PostgreSQL by default (data in /data); set CLAIMWATCH_DB_URL for an external one.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=70", "-jar", "/opt/claimwatch/claimwatch.jar"]
